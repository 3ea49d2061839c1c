from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("i", "sequence(1, i, 0) AS c1", "right(typeof(map(i, ts)), 0) AS c2", "to_unix_timestamp(ts) AS c3")
OUTPUT_MODE = "append"
