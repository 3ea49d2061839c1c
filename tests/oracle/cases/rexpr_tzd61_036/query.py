spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(- round(nullif(2.0D, -1.5D))) AS c1"), expr("CASE WHEN ((dt IS NOT NULL) AND (dt > DATE'2000-01-01')) THEN CAST(NULL AS BIGINT) ELSE id END").alias("c2"), expr("least(dt, dt) AS c3"))
OUTPUT_MODE = "append"
