from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.year(F.next_day(col("dt"), "TU")).cast("boolean") | (col("dt") <= F.to_date(lit("2025-03-01"))))).withColumn("c1", F.pmod(col("id"), F.nullif(col("i"), lit(0)))).withColumn("c2", (col("i") * col("m"))).withColumn("c3", expr("CAST(m AS DOUBLE)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
