spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, j INT, b BOOLEAN, d DOUBLE, s STRING, ts TIMESTAMP, dt DATE, m DECIMAL(12,4), n DECIMAL(4,1), i INT").json(INPUT)
result = df.groupBy(expr("d AS k1")).agg(expr("count_if((j IS NOT NULL)) AS a1"), expr("sum(99.99) AS a2"))
OUTPUT_MODE = "complete"
