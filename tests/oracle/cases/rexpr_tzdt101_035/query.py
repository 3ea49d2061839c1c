spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, i INT, k BIGINT, ts TIMESTAMP, s STRING, dt DATE, d DOUBLE, m DECIMAL(18,6), b BOOLEAN").json(INPUT)
result = df.select("id", expr("next_day(dt, 'TU') AS c1"), expr("(id - id) AS c2"), F.greatest(col("m"), expr("0.5")), expr("try_add(CASE WHEN (t IS NOT NULL) THEN i ELSE i END, i)").alias("c4"))
OUTPUT_MODE = "append"
