from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, i INT, t STRING, ts TIMESTAMP, n DECIMAL(20,0), dt DATE, m DECIMAL(18,6), s STRING, b BOOLEAN").json(INPUT)
result = df.withColumn("c1", F.try_element_at(F.split(F.rpad(col("s"), 3, "ab"), "[aeiou]"), lit(3))).withColumn("c2", F.to_date(F.date_format(F.trunc(col("dt"), "mon"), "yyyyMMdd"), "yyyyMMdd")).withColumn("c3", expr("round(m)")).withColumn("c4", F.make_date(lit(2024), lit(2), lit(1))).withColumn("i", (col("i") * lit(3))).drop("d", "t", "ts", "n", "s", "b")
OUTPUT_MODE = "append"
