from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("n", F.datediff(F.to_date(lit("2000-01-01")), col("dt")).alias("c1"), expr("CAST((id > 1000L) AS DECIMAL(5,1)) AS c2"), expr("CAST((10 + id) AS BOOLEAN)").alias("c3"), expr("ceiling(round(n), 1) AS c4"), expr("(100.0D <= m) AS c5"))
OUTPUT_MODE = "append"
