spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("concat(s, soundex('é'), s)"), expr("greatest((id + i), (if(b, id, 86400L) - id), id) AS c2"), (col("ts") + expr("INTERVAL '90' MINUTE")).alias("c3"), col("b").cast("int").alias("c4"), F.concat(col("dt").cast("string"), F.coalesce(col("n"), lit(1.25).cast("decimal(3,2)")).cast("string"), F.base64(col("s"))).alias("c5"))
OUTPUT_MODE = "append"
