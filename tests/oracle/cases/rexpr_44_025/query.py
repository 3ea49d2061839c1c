from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(b OR (ts < dt)) AS c1"), expr("if((s RLIKE '^\\\\s'), (d * 2), round(try_divide(f, i), 2))").alias("c2"), expr("sha1(coalesce(regexp_replace(s, ' +', '_'), CASE WHEN (ts <> TIMESTAMP'1999-12-31 23:59:59.999') THEN s WHEN (b AND (dt = DATE'2000-01-01')) THEN s ELSE s END, 'abc'))").alias("c3"))
OUTPUT_MODE = "append"
