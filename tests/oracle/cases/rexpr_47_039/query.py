from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(i - 3) AS c1", "(5 * i) AS c2", "nvl2(ts, t, '日本') AS c3", "(CAST((n < 0.5) AS BIGINT) / nullif(d, 0)) AS c4")
OUTPUT_MODE = "append"
