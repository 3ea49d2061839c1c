df = spark.readStream.format("json").schema("s STRING, s2 STRING, i INT, l BIGINT, d DOUBLE, ts TIMESTAMP, dt DATE, m DECIMAL(10,2), b BOOLEAN").load(INPUT)
result = df.where("(s IN ('a', 'b')) IS NOT NULL").select("s", "i")
OUTPUT_MODE = "append"
