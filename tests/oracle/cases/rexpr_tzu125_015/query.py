spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(col("dt").isNotNull()).select("id", expr("struct(i, s AS name, dt) AS c1"), expr("from_xml('<ROW><n><m>' || char(CAST(minute(ts) AS BIGINT) + 256) || '</m></n></ROW>', 'n STRUCT<m: STRING>')").alias("c2"), expr("TRY_CAST(jaro_winkler_similarity('42', s) AS DECIMAL(38,18)) AS c3"), F.pmod(col("id"), lit(2)).alias("c4"))
OUTPUT_MODE = "append"
