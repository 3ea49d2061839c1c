spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, n DECIMAL(20,0), m DECIMAL(38,10), s STRING, dt DATE, t STRING, ts TIMESTAMP, b BOOLEAN, j INT, i INT").load(INPUT)
result = df.selectExpr("id", "hash(7, instr(t, 'a')) AS c1", "pmod(id, nullif(j, 0)) AS c2")
OUTPUT_MODE = "append"
