spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, j INT, k BIGINT, ts TIMESTAMP, dt DATE, d DOUBLE, f FLOAT, i INT, s STRING, n DECIMAL(5,3), m DECIMAL(7,0)").json(INPUT)
result = df.selectExpr("id", "(id + id)", "(id * 10) AS c2", "map_values(map(1, next_day(dt, 'Mon'), 2, NULL)) AS c3", "(id + id) AS c4", "string(j) AS c5", "md5(i) AS c6").where((col("c2") >= lit(0).cast("bigint")))
OUTPUT_MODE = "append"
