spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, m DECIMAL(18,6), k BIGINT, ts TIMESTAMP, s STRING, j INT, b BOOLEAN, dt DATE, i INT, f FLOAT").load(INPUT)
result = df.selectExpr("id", "crc32('') AS c1", "endswith(concat_ws('-', s, s, to_xml(named_struct('d', dt, 'x', f, 'arr', array(i, i)))), ' ') AS c2", "named_struct('x', width_bucket(power(i, i % 5), -10.0D, 10.0D, 4), 'y', array(replace(s, 'l', 'LL'))) AS c3").filter((lit("x-y").isNull() | col("c3").isNotNull()))
OUTPUT_MODE = "append"
