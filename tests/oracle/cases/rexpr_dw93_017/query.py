from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "next_day(dt, 'wednesday') AS c1", "locate('l', lpad(reverse(substr(s, 0, 0)), 3, 'ab')) AS c2", "CAST(last_day(dt) AS STRING) AS c3").filter(col("c2").isNotNull())
OUTPUT_MODE = "append"
