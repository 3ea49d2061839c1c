from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, dt DATE, f FLOAT, m DECIMAL(10,2), d DOUBLE, ts TIMESTAMP, n DECIMAL(4,1), s STRING, k BIGINT, b BOOLEAN").load(INPUT)
result = df.selectExpr("id", "s", "CASE WHEN (i BETWEEN 1 AND 5) THEN i WHEN (dt IS NOT NULL) THEN i ELSE i END", "forall(split(rpad(CASE WHEN b THEN s ELSE s END, 8, '*'), ' '), x -> x = 'Hello') AS c2", "substring(s, d, 2) AS c3", "contains(nullif(lcase(s), 'é'), 'a') AS c4")
OUTPUT_MODE = "append"
