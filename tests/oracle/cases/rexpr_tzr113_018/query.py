spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(s <= '')").select("id", F.round((col("m") * col("d")), -1), expr("sequence(length(CAST(NULL AS STRING)) % 5, 4) AS c2"))
OUTPUT_MODE = "append"
