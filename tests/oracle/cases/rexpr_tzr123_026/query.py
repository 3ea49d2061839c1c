spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("CAST(make_dt_interval(hour(ts)) + make_dt_interval(0, timestampdiff(HOUR, ts, ts)) AS STRING) AS c1", "factorial(abs(i) % 25) AS c2", "(i * 10) AS c3", "CAST(d AS INT) AS c4")
OUTPUT_MODE = "append"
