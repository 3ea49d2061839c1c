spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, ts TIMESTAMP, i INT, b BOOLEAN, k BIGINT, j INT, dt DATE, m DECIMAL(10,2), n DECIMAL(4,1), d DOUBLE, t STRING").json(INPUT)
result = df.filter((col("s").try_cast("boolean") | col("k").isNull())).groupBy("t").agg(expr("count_if((s >= '2024-02-29')) AS a1"), expr("round(avg(d), 3) AS a2"), expr("(max(m) - min(m)) AS a3"))
OUTPUT_MODE = "complete"
