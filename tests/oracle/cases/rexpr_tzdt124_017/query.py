spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("i") != lit(1)) | (col("m") > expr("-3.10")))).select("id", expr("pow(0.001D, -1)"), expr("(n + n) AS c2"), expr("(i * -1)"), expr("CAST(CAST(extract(MINUTE FROM (TIMESTAMP'1999-12-31 23:59:59.999' - ts)) AS INT) AS DOUBLE) AS c4")).filter("(d < 3.75D)")
OUTPUT_MODE = "append"
