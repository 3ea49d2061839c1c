spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("j").agg(expr("(max((10 - (i % nullif(i, 0)))) - min((10 - (i % nullif(i, 0))))) AS a1"), expr("(max(abs(greatest(i, 5))) - min(abs(greatest(i, 5)))) AS a2"))
OUTPUT_MODE = "update"
