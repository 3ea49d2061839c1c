spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("levenshtein(s, ' ') AS k1")).agg(expr("sum((0 - id)) AS a1"), expr("sum(octet_length(s)) AS a2"), expr("bool_and(b) AS a3"))
OUTPUT_MODE = "update"
