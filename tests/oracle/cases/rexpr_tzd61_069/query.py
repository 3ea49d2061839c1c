spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, ts TIMESTAMP, i INT, m DECIMAL(12,4), d DOUBLE, n DECIMAL(5,3), s STRING, dt DATE").json(INPUT)
result = df.filter((col("d") <= lit(float("nan")))).selectExpr("id", "(nullif(ts, TIMESTAMP'2024-02-29 00:00:00') + INTERVAL 1 DAY) AS c1", "(id - id) AS c2", "(d BETWEEN 0.1D AND 2.0D) AS c3", "lower(split_part(substring(string(d), 2, 10), ',', 2)) AS c4").where((col("c2") < lit(3).cast("bigint")))
OUTPUT_MODE = "append"
