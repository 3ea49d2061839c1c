from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("to_date(date_format(date_add(CAST(date_trunc('yyyy', ts) AS DATE), i), 'yyyyMMdd'), 'yyyyMMdd')")).withColumn("c2", (col("i") % F.nullif(col("i"), lit(0)))).withColumn("c3", col("b").cast("int")).withColumn("c4", F.pmod(col("id"), col("i"))).withColumn("c5", F.date_trunc("MINUTE", col("ts"))).withColumn("b", (F.format_number(expr("100BD"), 0) == F.concat_ws("-", col("dt").cast("string"), col("s"), col("s")))).select("id", "c1", "c2", "c3", "c4", "c5").filter((col("c1") >= F.to_date(lit("2000-01-01"))))
OUTPUT_MODE = "append"
