from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("abs(i)").alias("c1"), expr("CASE ((n <= 99.99) AND (d <= 100.0D)) WHEN true THEN (id + CAST('NaN' AS DOUBLE)) ELSE 100.0D END"))
OUTPUT_MODE = "append"
