spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "repeat(t, -1)", "atan((id + d)) AS c2", "named_struct('x', size(json_object_keys(to_json(named_struct('a', i, 'b', s)))), 'y', array(s)) AS c3").filter((F.is_valid_utf8(col("s")) | (col("ts") < F.to_timestamp(lit("2024-03-01 12:30:00.123456")))))
OUTPUT_MODE = "append"
