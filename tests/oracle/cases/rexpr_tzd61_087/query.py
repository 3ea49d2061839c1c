spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), n DECIMAL(4,1), ts TIMESTAMP, t STRING, d DOUBLE, k BIGINT, b BOOLEAN, f FLOAT, i INT, dt DATE, s STRING").load(INPUT)
result = df.selectExpr("id", "hex(greatest(id, id, id)) AS c1", "last_day(dt) AS c2", "nvl2(char_length(s), ts, TIMESTAMP'2024-02-29 00:00:00') AS c3")
OUTPUT_MODE = "append"
