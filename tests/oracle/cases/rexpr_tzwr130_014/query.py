spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, dt DATE, s STRING, t STRING, m DECIMAL(38,10), ts TIMESTAMP, i INT, n DECIMAL(20,0)").json(INPUT)
result = df.selectExpr("id", "ascii(t) AS c1", "make_valid_utf8(unhex('61FF62C3')) AS c2", "(TRY_CAST(s AS TIMESTAMP) + INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c3", "('2.5' * CAST((m - i) AS DOUBLE)) AS c4", "posexplode_outer(array_remove(array(url_encode(t), 'x'), 'x'))")
OUTPUT_MODE = "append"
