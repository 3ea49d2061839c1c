from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(n / nullif(greatest(n, (n / nullif(n, 0)), bround(n, 3)), 0)) AS c1"), expr("CASE WHEN ifnull((m IS NOT NULL), true) THEN (dt - INTERVAL '1-1' YEAR TO MONTH) WHEN b THEN least(dt, dt, dt) END AS c2"), expr("((day(dt) - (1000L - id)) IS NULL) AS c3"), F.log(col("d")).alias("c4"), (col("d") / col("i")).alias("c5"))
OUTPUT_MODE = "append"
