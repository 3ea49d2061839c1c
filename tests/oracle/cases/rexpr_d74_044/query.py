from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "j", expr("if(b, (i / nullif(i, 0)), CAST((i >= 10) AS DOUBLE))").alias("c1"), F.greatest(col("id"), col("k")).alias("c2"))
OUTPUT_MODE = "append"
