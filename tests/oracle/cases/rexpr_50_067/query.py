from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, ts TIMESTAMP, dt DATE, s STRING, m DECIMAL(7,0), n DECIMAL(5,3), i INT").json(INPUT)
result = df.select("id", expr("(repeat(s, 3) RLIKE '^$') AS c1"), expr("TRY_CAST(coalesce(id, 3L) AS DECIMAL(6,3)) AS c2"), expr("TRY_CAST(1L AS INT)").alias("c3"))
OUTPUT_MODE = "append"
