from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(s IS NOT NULL)").select("m", (lit(3) * expr("(86400L DIV 2)")).alias("c1"), col("i").cast("double").alias("c2"))
OUTPUT_MODE = "append"
