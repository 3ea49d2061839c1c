from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("ts", expr("nullif(CASE s WHEN 'é' THEN ts ELSE ts END, TIMESTAMP'2024-02-29 00:00:00')")).withColumn("c2", expr("TRY_CAST((f + f) AS INT)")).withColumn("c3", col("s").cast("int")).withColumn("c4", expr("CASE WHEN (d <= 0.5D) THEN nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456') ELSE try_to_timestamp(s) END")).withColumn("b", expr("(d IS NULL)")).drop("i", "f", "m").filter((F.make_date(F.year(F.to_date(lit("2023-12-31"))), lit(2), lit(1)).isNull() | (col("i") < lit(2))))
OUTPUT_MODE = "append"
