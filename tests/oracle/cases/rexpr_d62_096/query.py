from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("date_from_unix_date(CASE WHEN (dt IS NULL) THEN i WHEN (NOT b) THEN i WHEN b THEN i ELSE try_subtract(i, i) END) AS c1"), F.date_trunc("DAY", F.least(F.to_timestamp(lit("1999-12-31 23:59:59.999")), col("ts"))).alias("c2"), expr("nullif(format_number(id, 3), 'Hello') AS c3"), expr("CASE WHEN b THEN dt WHEN b THEN dt WHEN (t = '日本') THEN dt ELSE dt END"), expr("base64(t)").alias("c5")).filter("((b IS NOT TRUE) OR (i IS NOT NULL))")
OUTPUT_MODE = "append"
