spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(d + id) AS c1"), expr("(b OR b)"), expr("(id DIV i) AS c3"), expr("(d + d)").alias("c4")).filter("(((d IN (100.0D, -1.5D)) OR b) OR b)")
OUTPUT_MODE = "append"
