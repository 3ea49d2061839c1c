from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", col("i").isNull().alias("c1"), F.when((col("i") > lit(5)), col("ts")).when(F.coalesce(col("b"), lit(True)), F.when((col("dt") < F.to_date(lit("2000-01-01"))), col("ts")).otherwise(col("ts"))).when(col("b"), col("ts")).otherwise((F.least(col("ts"), col("ts")) - expr("INTERVAL '90' MINUTE"))).alias("c2"), expr("date_format(DATE'2023-12-31', 'HH:mm:ss')"))
OUTPUT_MODE = "append"
