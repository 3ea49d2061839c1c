from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((id <= 3L) OR (d IS NULL))").withColumn("c1", col("d").cast("string")).withColumn("c2", expr("(t <= 'Hello')")).filter(((F.to_timestamp(lit("2024-02-29 00:00:00")) > col("ts")) | (col("n") == expr("1.25"))))
OUTPUT_MODE = "append"
