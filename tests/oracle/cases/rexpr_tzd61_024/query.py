spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("octet_length(s)")).withColumn("b", expr("((b IS NOT NULL) OR b)")).select("id", "c1").filter((~F.coalesce(F.coalesce((col("t") != lit("日本")), F.exists(F.split(col("s"), " "), lambda x: x == lit("")), lit(False)), lit(False))))
OUTPUT_MODE = "append"
