spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "date_add(dt, 5) AS c1", "date_sub(dt, i) AS c2").where("(NOT coalesce((d IS NULL), false))")
OUTPUT_MODE = "append"
