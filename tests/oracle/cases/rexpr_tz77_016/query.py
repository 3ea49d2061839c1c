spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("d", "trunc(trunc(greatest(dt, dt), 'yy'), 'MM') AS c1", "instr(upper(CAST((i < 5) AS STRING)), 'é') AS c2", "substring(s, 5, 0) AS c3", "round(f, 1) AS c4").where((F.lpad(col("c3"), 0, "ab").rlike("^\\s") | (col("c4") <= lit(-1.5))))
OUTPUT_MODE = "append"
