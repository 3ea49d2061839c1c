from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((((col("k") != lit(1000).cast("bigint")) | col("id").isNotNull()) | col("i").isNotNull())).withColumn("c1", expr("make_date(2023, pmod(i, 12) + 1, least(dayofmonth(dt), 28))")).withColumn("c2", expr("element_at(split(s, ' '), 3)")).withColumn("c3", col("d").try_cast("bigint")).withColumn("c4", expr("nullif(t, '2024-02-29')")).select("id", "c1", "c2", "c3", "c4").where((col("c4") <= lit("x-y")))
OUTPUT_MODE = "append"
