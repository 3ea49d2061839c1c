from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), j INT, ts TIMESTAMP, s STRING, d DOUBLE, dt DATE, b BOOLEAN, n DECIMAL(20,0), i INT, k BIGINT").json(INPUT)
result = df.select("id", "i", (col("i").cast("bigint") % F.nullif(col("j"), lit(0))), expr("(d * i)").alias("c2"), expr("('日本' BETWEEN 'é' AND 'Hello')"))
OUTPUT_MODE = "append"
