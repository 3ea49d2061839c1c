from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce(((m <= 1.25) AND (id <> 1000L)), false))").select("id", "n", expr("posexplode_outer(array_remove(array(s, 'x'), 'x'))"), expr("from_xml('<ROW><n><m>' || sha2(conv(s, 10, 2), 224) || '</m></n></ROW>', 'n STRUCT<m: STRING>')").alias("c2"), expr("nullif(try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0), TIMESTAMP'2024-03-01 12:30:00.123456') AS c3"), expr("from_json(CAST(id AS STRING), 'a INT, b ARRAY<STRING>')")).where(F.coalesce(expr("((i > 7) = false)"), lit(True)))
OUTPUT_MODE = "append"
