spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "rtrim(substring(sha1(CAST(j AS STRING)), 2, 1)) AS c1", "TRY_CAST(i AS DECIMAL(5,1)) AS c2", "replace('日本', 'a', '') AS c3", "cbrt(abs(m)) AS c4", "greatest(m, (m * m)) AS c5", "(i * 100000000) AS c6").where("(coalesce(b, true) OR (i < 10))")
OUTPUT_MODE = "append"
