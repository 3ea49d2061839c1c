from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(4,1), b BOOLEAN, m DECIMAL(38,10), s STRING, ts TIMESTAMP, dt DATE, i INT, d DOUBLE").json(INPUT)
result = df.withColumn("c1", expr("date_trunc('yyyy', ts)")).withColumn("c2", col("s").try_cast("boolean")).withColumn("c3", expr("((m / 3) BETWEEN 12.345 AND 1.25)")).withColumn("c4", expr("abs(greatest((- round(12.345, 1)), 1.25, ((- n) / nullif(0.5, 0))))")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
