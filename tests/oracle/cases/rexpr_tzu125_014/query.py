spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "b", expr("from_xml('<ROW><n><m>' || CAST(to_timestamp_ntz(date_format(to_timestamp_ltz(CAST(least(dt, dt, dt) AS STRING)), 'yyyy-MM-dd HH:mm:ss')) AS STRING) || '</m></n></ROW>', 'n STRUCT<m: STRING>')").alias("c1"), F.bitwise_not(col("i")).alias("c2"), F.length(expr("parse_url('http://a.b/c?x=' || url_encode(string(j)), 'PATH')")).alias("c3"), F.dayofmonth(col("dt")).cast("boolean").alias("c4"))
OUTPUT_MODE = "append"
