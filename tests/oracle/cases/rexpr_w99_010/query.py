from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, (dt > ts) AS k2, (max((i - i)) - min((i - i))) AS a1, count_if((least(t, t, s) IS NULL)) AS a2 FROM src GROUP BY i, k2")
OUTPUT_MODE = "update"
