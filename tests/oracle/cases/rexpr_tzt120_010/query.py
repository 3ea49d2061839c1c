spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(j <= 0)").groupBy((col("i") + col("i")).alias("k1")).agg(expr("count_if((b AND b)) AS a1"), expr("count(nullif(dt, to_date('2000-01-01'))) AS a2"), expr("bool_or(TRY_CAST(CAST(-(dt - dt) AS STRING) AS BOOLEAN)) AS a3"))
OUTPUT_MODE = "update"
