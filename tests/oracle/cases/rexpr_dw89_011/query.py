from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, t STRING, m DECIMAL(38,10), i INT, ts TIMESTAMP, j INT, d DOUBLE, s STRING, k BIGINT, n DECIMAL(9,5)").json(INPUT)
result = df.filter("(n IS NOT NULL)").select("id", (col("d") + col("id")).alias("c1"), expr("CAST((i & 3) AS INT)").alias("c2"), expr("locate(' ', rtrim(named_struct('p', 'Hello', 'q', t).q), 5)").alias("c3"), expr("TRY_CAST(n AS BIGINT) AS c4"))
OUTPUT_MODE = "append"
