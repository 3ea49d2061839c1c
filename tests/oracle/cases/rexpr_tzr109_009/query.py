spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, i INT, b BOOLEAN, d DOUBLE, f FLOAT, s STRING, dt DATE, t STRING, m DECIMAL(7,0)").json(INPUT)
result = df.where(F.coalesce(col("t").between(lit("é"), lit("日本")), lit(True))).select("id", expr("str_to_map('a:1,b:2,c:' || bitwise_not(nvl(2, 5))) AS c1"), expr("to_timestamp_ltz(CAST(dt AS STRING)) AS c2"), F.explode(F.create_map(lit('a'), col("i"), lit('b'), col("i"))))
OUTPUT_MODE = "append"
