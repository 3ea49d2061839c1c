spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where(col("id").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT b, (max(m) - min(m)) AS a1, min(pmod(id, 7)) AS a2, count_if((dt = to_date('2000-01-01'))) AS a3 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
