spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("instr(s, ' ')"), expr("(n / nullif(i, 0)) AS c2"), expr("CAST((ts IS NOT NULL) AS BIGINT)").alias("c3"))
OUTPUT_MODE = "append"
