spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(m <= 0.001)").selectExpr("id", "dt", "xxhash64(id) AS c1", "(5 * i)", "try_divide((id / 10.0D), d) AS c3")
OUTPUT_MODE = "append"
